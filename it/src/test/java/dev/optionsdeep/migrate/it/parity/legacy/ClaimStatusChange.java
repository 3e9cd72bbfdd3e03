package dev.optionsdeep.migrate.it.parity.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A schema of Korean names, as public-sector systems in Korea keep them: three bytes a character, so
 * PostgreSQL's names for the unnamed constraints are cut, each part back to a whole character.
 */
@Entity
@Table(name = "보험_청구_처리_상태_변경_이력")
public class ClaimStatusChange {

    public enum Status { 접수, 심사, 지급, 반려 }

    @Id
    @Column(name = "이력번호")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "청구처리상태구분코드", length = 10)
    private Status status;

    @Column(name = "외부연계접수번호", length = 30, unique = true)
    private String externalReceipt;
}
