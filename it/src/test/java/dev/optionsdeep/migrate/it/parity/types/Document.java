package dev.optionsdeep.migrate.it.parity.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.type.SqlTypes;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code @JdbcTypeCode} as modern applications use it: JSON on anything, and the string and binary codes. */
@Entity
public class Document {
    @Id @JdbcTypeCode(SqlTypes.CHAR) private UUID id;
    @JdbcTypeCode(SqlTypes.JSON) private Map<String, Object> attributes;
    @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false) private String payload;
    @JdbcTypeCode(SqlTypes.JSON) private Settings settings;
    @JdbcTypeCode(SqlTypes.JSON) private List<Map<String, String>> tags;
    @JdbcTypeCode(SqlTypes.CHAR) @Column(length = 3) private String code;
    @JdbcTypeCode(SqlTypes.VARCHAR) private String title;
    @JdbcTypeCode(SqlTypes.NVARCHAR) private String subtitle;
    @JdbcTypeCode(SqlTypes.LONGVARCHAR) private String body;
    @JdbcTypeCode(SqlTypes.LONGVARCHAR) @Column(length = 100) private String summary;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR) private String content;
    @JdbcTypeCode(SqlTypes.VARCHAR) private UUID externalId;
    @JdbcTypeCode(SqlTypes.UUID) private UUID revision;
    @JdbcTypeCode(SqlTypes.INET) private InetAddress origin;
    @JdbcTypeCode(SqlTypes.SQLXML) private String markup;
    @JdbcTypeCode(SqlTypes.VARBINARY) private byte[] thumbnail;
    @JdbcTypeCode(SqlTypes.BINARY) private byte[] digest;
    @JdbcTypeCode(SqlTypes.TINYINT) private Integer priority;
    @JdbcTypeCode(SqlTypes.BIGINT) private Integer views;
    @JdbcTypeCode(SqlTypes.INTEGER) private Boolean archived;
    @JdbcTypeCode(SqlTypes.CHAR) private char[] initials;
    @Nationalized private String localizedTitle;
    @Nationalized @Column(length = 40) private String localizedSubtitle;
}
