package jp.kojo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Kojo's one Content-Security-Policy. Every response gets {@link #DEFAULT} from {@link SecurityHeadersFilter};
 * a Faces page gets the same policy from PrimeFaces' CSP support (web.xml {@code primefaces.CSP_POLICY} reads
 * {@link #getFaces()}), which appends this request's nonce to the final {@code script-src}, so PrimeFaces'
 * own inline scripts run and nothing else inline does.
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {
    /**
     * Inline style attributes stay allowed: PrimeFaces renders them on its widgets and they run no code.
     * {@code data:} images are the theme's icons. {@code script-src} comes last: PrimeFaces appends the nonce.
     */
    static final String WITHOUT_SCRIPTS = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "script-src 'self'";
    public static final String DEFAULT = WITHOUT_SCRIPTS + ";";

    /** For PrimeFaces, which adds {@code 'nonce-…';} after it. */
    public String getFaces() {
        return WITHOUT_SCRIPTS;
    }
}
