package jp.kojo.registration.control;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * A certificate signing request (PEM, PKCS#10) a user uploads: it must be signed by the key it carries (so
 * the user holds that key), and the key must be RSA of at least {@value #MIN_RSA_BITS} bits or EC on P-256.
 * Its subject is ignored: Kojo names the certificate after the user.
 */
public final class CsrCheck {
    public static final int MIN_RSA_BITS = 2048;
    static final int MAX_PEM_LENGTH = 20_000;

    public enum Problem {
        UNREADABLE, SIGNATURE_INVALID, WEAK_KEY
    }

    /** Either the key to certify or the problem. */
    public record Result(PublicKey publicKey, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private CsrCheck() {
    }

    public static Result check(String pem) {
        if (pem == null || pem.isBlank() || pem.length() > MAX_PEM_LENGTH) {
            return new Result(null, Problem.UNREADABLE);
        }
        JcaPKCS10CertificationRequest request;
        PublicKey key;
        try (PEMParser parser = new PEMParser(new StringReader(pem.strip()))) {
            Object parsed = parser.readObject();
            if (!(parsed instanceof org.bouncycastle.pkcs.PKCS10CertificationRequest csr)) {
                return new Result(null, Problem.UNREADABLE);
            }
            request = new JcaPKCS10CertificationRequest(csr);
            key = request.getPublicKey();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return new Result(null, Problem.UNREADABLE);
        }
        try {
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                return new Result(null, Problem.SIGNATURE_INVALID);
            }
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            return new Result(null, Problem.SIGNATURE_INVALID);
        }
        return strongEnough(key, request.getSubjectPublicKeyInfo().getAlgorithm()) ? new Result(key, null)
                : new Result(null, Problem.WEAK_KEY);
    }

    static boolean strongEnough(PublicKey key, AlgorithmIdentifier algorithm) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength() >= MIN_RSA_BITS;
        }
        if (key instanceof ECPublicKey && algorithm.getParameters() instanceof ASN1ObjectIdentifier curve) {
            // Named curve P-256 only (secp256r1 = prime256v1); explicit parameters are refused.
            return curve.equals(SECObjectIdentifiers.secp256r1) || curve.equals(X9ObjectIdentifiers.prime256v1);
        }
        return false;
    }
}
