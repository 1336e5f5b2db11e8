package jp.kojo.account.control;

import java.util.List;
import java.util.Optional;
import jp.kojo.account.boundary.LoginEntry;

/**
 * What a user is shown of its own login history. The entries come newest first; the newest successful one
 * is the login of the session asking.
 */
public final class LoginHistoryRules {
    /** How many logins the history page lists. */
    public static final int LATEST = 20;

    private LoginHistoryRules() {
    }

    /** The attempt before the current login, whatever its result. */
    public static Optional<LoginEntry> previousLogin(List<LoginEntry> newestFirst) {
        int current = indexOfSuccess(newestFirst, 0);
        if (current < 0 || current + 1 >= newestFirst.size()) {
            return Optional.empty();
        }
        return Optional.of(newestFirst.get(current + 1));
    }

    /** The failed attempts after the successful login before the current one (those after it included). */
    public static List<LoginEntry> failedSinceLastLogin(List<LoginEntry> newestFirst) {
        int current = indexOfSuccess(newestFirst, 0);
        int last = current < 0 ? -1 : indexOfSuccess(newestFirst, current + 1);
        List<LoginEntry> window = last < 0 ? newestFirst : newestFirst.subList(0, last);
        return window.stream().filter(entry -> !entry.succeeded()).toList();
    }

    public static List<LoginEntry> latest(List<LoginEntry> newestFirst) {
        return newestFirst.subList(0, Math.min(LATEST, newestFirst.size()));
    }

    private static int indexOfSuccess(List<LoginEntry> entries, int from) {
        for (int i = from; i < entries.size(); i++) {
            if (entries.get(i).succeeded()) {
                return i;
            }
        }
        return -1;
    }
}
