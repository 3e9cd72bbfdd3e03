package dev.optionsdeep.migrate.it.parity.quotedsnake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A consent to a client, keyed by client and principal; its table and one column quoted in camel case. */
@Entity
@Table(name = "`qsAuthorizationConsent`", indexes = @Index(name = "qs_consent_scope_idx", columnList = "\"grantedScope\""))
@IdClass(QsConsent.Key.class)
public class QsConsent {

    @Id
    private String registeredClientId;

    @Id
    private String principalName;

    @Column(length = 1000)
    private String authorities;

    @Column(name = "\"grantedScope\"", length = 200)
    private String grantedScope;

    public static class Key implements Serializable {

        private String registeredClientId;
        private String principalName;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(registeredClientId, k.registeredClientId)
                    && java.util.Objects.equals(principalName, k.principalName);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(registeredClientId, principalName);
        }
    }
}
