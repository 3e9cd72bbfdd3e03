package dev.optionsdeep.migrate.it.parity.genseq;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** An id drawn with strategy = SEQUENCE beside a @GenericGenerator (enhanced-table) of the same name. */
@Entity
public class GsVoucher {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gs_voucher_gen")
    @GenericGenerator(name = "gs_voucher_gen", strategy = "enhanced-table", parameters = {@org.hibernate.annotations.Parameter(name = "table_name", value = "gs_voucher_ids")})
    Long id;

    String label;
}
