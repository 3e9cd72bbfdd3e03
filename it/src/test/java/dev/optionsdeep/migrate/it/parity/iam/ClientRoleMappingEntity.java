package dev.optionsdeep.migrate.it.parity.iam;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The roles a client grants, one row per pair, whose table {@link ClientEntity#grantedRoleIds} also reads as a
 * collection table: the key stays the entity's, the collection's adds nothing.
 */
@Entity
@Table(name = "CLIENT_ROLE_MAPPING")
@IdClass(ClientRoleMappingEntity.Key.class)
public class ClientRoleMappingEntity {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "TARGET_CLIENT_ID")
    protected ClientEntity client;

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ROLE_ID")
    protected RoleEntity role;

    public static class Key implements Serializable {

        protected ClientEntity client;

        protected RoleEntity role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(client, k.client) && Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(client, role);
        }
    }
}
