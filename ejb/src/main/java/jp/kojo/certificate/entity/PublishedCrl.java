package jp.kojo.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A CRL Kojo's CA signed and published: the newest (highest number) is the one served. */
@Entity
@Table(name = "certificate_crl")
@NamedQuery(name = PublishedCrl.NEWEST, query = "SELECT c FROM PublishedCrl c ORDER BY c.crlNumber DESC")
public class PublishedCrl {
    public static final String NEWEST = "PublishedCrl.newest";

    @Id
    @Column(name = "crl_number")
    private Long crlNumber;
    @Column(name = "this_update")
    private LocalDateTime thisUpdate;
    @Column(name = "next_update")
    private LocalDateTime nextUpdate;
    private byte[] der;

    protected PublishedCrl() {
    }

    public PublishedCrl(long crlNumber, LocalDateTime thisUpdate, LocalDateTime nextUpdate, byte[] der) {
        this.crlNumber = crlNumber;
        this.thisUpdate = thisUpdate;
        this.nextUpdate = nextUpdate;
        this.der = der.clone();
    }

    public long getCrlNumber() { return crlNumber; }
    public LocalDateTime getThisUpdate() { return thisUpdate; }
    public LocalDateTime getNextUpdate() { return nextUpdate; }
    public byte[] getDer() { return der.clone(); }
}
