package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;

@Entity
@Table(name = "more_types")
public class MoreTypes {
    @Id private Integer id;
    private char aChar;
    private Character aCharacter;
    private byte aByte;
    private Byte aByteObject;
    private float aFloat;
    private Float aFloatObject;
    private double aDouble;
    private Double aDoubleObject;
    private BigInteger aBigInteger;
    @Column(precision = 60) private BigInteger aWideBigInteger;
    private LocalTime aLocalTime;
    @Column(secondPrecision = 3) private LocalTime aPreciseTime;
    private OffsetTime anOffsetTime;
    private ZonedDateTime aZonedDateTime;
    private Duration aDuration;
    private Year aYear;
    private byte[] someBytes;
    @Column(length = 30) private char[] someChars;
    @Lob private String aClob;
    @Lob private byte[] aBlob;
    @Temporal(TemporalType.DATE) private Date aUtilDate;
    @Temporal(TemporalType.TIME) private Date aUtilTime;
    @Temporal(TemporalType.TIMESTAMP) private Date aUtilTimestamp;
    private Date anUnannotatedDate;
    @Temporal(TemporalType.DATE) private Calendar aCalendarDate;
    private Calendar aCalendar;
    private java.sql.Date aSqlDate;
    private java.sql.Time aSqlTime;
    private java.sql.Timestamp aSqlTimestamp;
    @Version private Long version;
}
