package jp.kojo.account.boundary;

import java.util.Set;

/**
 * Who logged in: what the security layer needs to build the caller; {@code passwordMustChange} when the
 * password is a temporary one that must be changed before anything else.
 */
public record AuthenticatedUser(String loginId, String displayName, Set<String> roles, Long organizationId,
                                String certificateSerial, boolean passwordMustChange) {
}
