package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** An article, audited by accounts: the generic superclass's relationships resolve to Account. */
@Entity
@Table(name = "article")
public class Article extends AbstractAuditable<Account, Long> {

    @Column(nullable = false, length = 200)
    private String title;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> keywords = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_paragraph")
    @OrderColumn(name = "position")
    @Column(name = "text", length = 8000)
    private List<String> paragraphs = new ArrayList<>();

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] cover;

    @Column(name = "cover_content_type")
    private String coverContentType;
}
