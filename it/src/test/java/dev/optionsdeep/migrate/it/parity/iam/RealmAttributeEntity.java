package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Nationalized;

import java.io.Serializable;
import java.util.Objects;

/** One realm setting, keyed by its realm and its name through a key class nested in the entity. */
@Entity
@Table(name = "REALM_ATTRIBUTE")
@IdClass(RealmAttributeEntity.Key.class)
public class RealmAttributeEntity {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REALM_ID")
    protected RealmEntity realm;

    @Id
    @Column(name = "NAME")
    protected String name;

    @Nationalized
    @Column(name = "VALUE")
    protected String value;

    public static class Key implements Serializable {

        protected RealmEntity realm;
        protected String name;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.name, name) && Objects.equals(k.realm, realm);
        }

        @Override
        public int hashCode() {
            return Objects.hash(realm, name);
        }
    }
}
