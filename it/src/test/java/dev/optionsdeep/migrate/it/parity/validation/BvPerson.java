package dev.optionsdeep.migrate.it.parity.validation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Length;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Entity
public class BvPerson extends BvAudited {

    @Id
    @GeneratedValue(generator = "bv_seq")
    private Long id;

    @NotNull
    private String firstName;

    @NotBlank
    @Size(max = 80)
    private String lastName;

    @NotEmpty
    @Column(length = 100)
    private String login;

    @Size(min = 2)
    private String nickname;

    @Size(max = 40)
    @Column(length = 100, nullable = false)
    private String title;

    @Length(max = 30)
    private String motto;

    @Email
    @Pattern(regexp = "[a-z]+@[a-z]+")
    @Size(max = 254)
    private String email;

    // One of @Min and @Max per attribute: with both, Hibernate's order of the two conditions in the check varies
    // from run to run (see BeanValidation in the processor).
    @Min(0)
    private Integer age;

    @Max(150)
    private Short years;

    @Min(1)
    private int shoeSize;

    @Max(10)
    private Long rating;

    @org.hibernate.annotations.Check(constraints = "level < 9")
    @Max(1)
    private Integer level;

    @org.hibernate.annotations.Check(constraints = "grade <> 'C'")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private BvGrade grade;

    @Positive
    @DecimalMin("0.5")
    private BigDecimal weight;

    @Digits(integer = 10, fraction = 2)
    private BigDecimal salary;

    @Digits(integer = 3, fraction = 1)
    @Column(precision = 8, scale = 4)
    private BigDecimal height;

    @Lob
    @Size(max = 500)
    private String biography;

    @NotNull(groups = BvChecks.OnCreate.class)
    private String createdOnly;

    @NotNull(groups = jakarta.validation.groups.Default.class)
    private String defaultGroup;

    @BvCode
    private String badge;

    @NotNull
    @ManyToOne
    private BvTeam team;

    @ManyToOne
    private BvTeam formerTeam;

    @NotNull
    @Valid
    @Embedded
    private BvAddress home;

    @Embedded
    private BvWorkAddress work;

    @NotNull
    @Size(max = 5)
    @OneToMany(mappedBy = "captain")
    private List<BvTeam> captained = new ArrayList<>();

    private String fromGetter;

    @NotNull
    @Size(max = 60)
    public String getFromGetter() {
        return fromGetter;
    }
}
