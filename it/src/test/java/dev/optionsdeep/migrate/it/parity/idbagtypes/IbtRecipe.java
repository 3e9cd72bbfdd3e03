package dev.optionsdeep.migrate.it.parity.idbagtypes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.CollectionIdJavaType;
import org.hibernate.type.descriptor.java.IntegerJavaType;
import org.hibernate.type.descriptor.java.LongJavaType;
import org.hibernate.type.descriptor.java.ShortJavaType;

import java.util.Collection;
import java.util.List;

/**
 * A recipe's steps (an integer key from a sequence declared on the collection), the cooks who tried it (a join table
 * with a bigint key counted by Hibernate) and its remarks (a smallint key from a sequence declared on the entity).
 */
@Entity
@Table(name = "ibt_recipe")
@SequenceGenerator(name = "ibt_remark_ids", sequenceName = "ibt_remark_seq", initialValue = 10, allocationSize = 5)
public class IbtRecipe {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ibt_recipe_ids")
    @SequenceGenerator(name = "ibt_recipe_ids", sequenceName = "ibt_recipe_seq", allocationSize = 1)
    @Column(name = "recipe_id")
    private Integer id;

    @ElementCollection
    @CollectionTable(name = "ibt_step", joinColumns = @JoinColumn(name = "recipe_id"))
    @CollectionId(column = @Column(name = "step_id"), generator = "ibt_step_ids")
    @CollectionIdJavaType(IntegerJavaType.class)
    @SequenceGenerator(name = "ibt_step_ids", sequenceName = "ibt_step_seq", allocationSize = 1)
    @Column(name = "instruction", length = 400)
    private List<String> steps;

    @ManyToMany
    @JoinTable(name = "ibt_recipe_cook", joinColumns = @JoinColumn(name = "recipe_id"),
            inverseJoinColumns = @JoinColumn(name = "cook_id"))
    @CollectionId(column = @Column(name = "tasting_id"), generator = "increment")
    @CollectionIdJavaType(LongJavaType.class)
    private List<IbtCook> cooks;

    @ElementCollection
    @CollectionTable(name = "ibt_remark", joinColumns = @JoinColumn(name = "recipe_id"))
    @CollectionId(column = @Column(name = "remark_id"), generator = "ibt_remark_ids")
    @CollectionIdJavaType(ShortJavaType.class)
    @Column(name = "remark", length = 120)
    private Collection<String> remarks;
}
