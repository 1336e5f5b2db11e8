package jp.kojo.registration.boundary;

/** What the organisation's first user types on the public registration page. */
public record RegistrationRequest(String contractNumber, char[] initialPassword, String loginId, String displayName,
                                  String email, char[] password, char[] confirmation, String remoteAddress) {
}
