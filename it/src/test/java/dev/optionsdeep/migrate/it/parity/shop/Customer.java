package dev.optionsdeep.migrate.it.parity.shop;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(indexes = @Index(columnList = "lastName, firstName"))
public class Customer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
    @Column(nullable = false, unique = true, length = 320) private String email;
    @Column(nullable = false, length = 80) private String firstName;
    @Column(nullable = false, length = 80) private String lastName;
    private LocalDate birthDate;
    @Column(nullable = false) private UUID publicId;
    private OffsetDateTime lastLogin;
    private boolean newsletter;
    @Transient private String displayName;
    @OneToOne @JoinColumn(name = "default_address") private Address defaultAddress;
    @OneToMany(mappedBy = "customer") private Set<Address> addresses;
    @ManyToMany @JoinTable(name = "wishlist") private List<Product> wishlist;
    @OneToMany private Set<Coupon> redeemedCoupons;
    /** Positions kept: a collection table and a join table keyed by the customer and the position. */
    @ElementCollection @OrderColumn private List<String> searchHistory;
    @ManyToMany @JoinTable(name = "comparison") @OrderColumn(name = "slot") private List<Product> comparison;
    @OneToMany @JoinTable(name = "customer_gift_coupons") @OrderColumn private List<Coupon> giftCoupons;
    private static int instances;
    private transient String cache;
}
