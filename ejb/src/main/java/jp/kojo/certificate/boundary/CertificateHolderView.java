package jp.kojo.certificate.boundary;

/** A user and its live certificate (null when it has none), for the master's and the bank's screens. */
public record CertificateHolderView(String loginId, String displayName, String role, String contractNumber,
                                    String organizationName, CertificateView certificate) {
    public boolean hasCertificate() {
        return certificate != null;
    }
}
