package jp.kojo.zaikei.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/**
 * The checks a bank makes on a change to asset-formation savings before it accepts a deposit statement: amounts in
 * whole thousands of yen and at least 1,000 yen a month; housing and pension only for people under 55 at
 * enrolment; at most one housing and one pension contract per person; the 5.5 million yen tax-free limit for
 * housing and pension together; a stopped contract cannot change its amount (resume it with the new amount);
 * one change per contract per deposit statement.
 */
public final class ZaikeiChangeRule {
    public static final long TAX_FREE_LIMIT = 5_500_000L;
    public static final int AGE_LIMIT = 55;
    public static final long UNIT = 1_000L;
    public static final long MAX_AMOUNT = 9_999_000L;

    /** A contract as the latest statement shows it. */
    public record Contract(String savingsContract, String personNumber, String nameKana, LocalDate birthDate,
                           ZaikeiKind kind, long monthly, long bonus, Long balance, boolean stopped) {
    }

    /**
     * A change: {@code savingsContract} names the contract for stop, amount change and resume; a new enrolment
     * names the person (number, kana, birth date) and the kind instead. Amounts are the new ones (0 for a stop).
     */
    public record Change(ZaikeiChangeKind kind, String savingsContract, String personNumber, String nameKana,
                         LocalDate birthDate, ZaikeiKind savingsKind, long monthly, long bonus) {
    }

    /** Why a change is refused; each has its message on the screens. */
    public enum Refusal {
        NO_SUCH_CONTRACT, ALREADY_CHANGED, AMOUNT_NOT_THOUSANDS, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE, NOT_TAX_FREE_AGE,
        ONE_PER_PERSON, TAX_FREE_LIMIT, STOPPED_CANNOT_CHANGE, ALREADY_STOPPED, NOT_STOPPED, PERSON_REQUIRED,
        NAME_REQUIRED, BIRTH_DATE_REQUIRED, KIND_REQUIRED, SAME_AMOUNT
    }

    /** A refused change. */
    public static final class RefusedException extends RuntimeException {
        private final Refusal refusal;

        public RefusedException(Refusal refusal) {
            super("Refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private ZaikeiChangeRule() {
    }

    /**
     * @param contracts      the latest statement's contracts of the employer
     * @param accepted       the changes already in the deposit statement
     * @param enrolmentDate  the deposit date: a new contract starts then, so the age counts on that day
     * @throws RefusedException naming the first rule the change breaks
     */
    public static void check(Change change, List<Contract> contracts, List<Change> accepted, LocalDate enrolmentDate) {
        Objects.requireNonNull(change.kind());
        if (change.kind() == ZaikeiChangeKind.NEW_ENROLMENT) {
            checkNew(change, contracts, accepted, enrolmentDate);
            return;
        }
        Contract contract = contracts.stream().filter(c -> c.savingsContract().equals(change.savingsContract()))
                .findFirst().orElseThrow(() -> new RefusedException(Refusal.NO_SUCH_CONTRACT));
        if (accepted.stream().anyMatch(a -> contract.savingsContract().equals(a.savingsContract()))) {
            throw new RefusedException(Refusal.ALREADY_CHANGED);
        }
        switch (change.kind()) {
            case STOP -> {
                if (contract.stopped()) {
                    throw new RefusedException(Refusal.ALREADY_STOPPED);
                }
            }
            case AMOUNT_CHANGE -> {
                if (contract.stopped()) {
                    throw new RefusedException(Refusal.STOPPED_CANNOT_CHANGE);
                }
                amounts(change);
                if (change.monthly() == contract.monthly() && change.bonus() == contract.bonus()) {
                    throw new RefusedException(Refusal.SAME_AMOUNT);
                }
                taxFreeLimit(contract.personNumber(), contract.kind(), change, contracts, accepted);
            }
            case RESUME -> {
                if (!contract.stopped()) {
                    throw new RefusedException(Refusal.NOT_STOPPED);
                }
                amounts(change);
                taxFreeLimit(contract.personNumber(), contract.kind(), change, contracts, accepted);
            }
            default -> throw new IllegalArgumentException(change.kind().name());
        }
    }

    private static void checkNew(Change change, List<Contract> contracts, List<Change> accepted, LocalDate enrolmentDate) {
        if (change.personNumber() == null || !change.personNumber().matches("[0-9]{10}")) {
            throw new RefusedException(Refusal.PERSON_REQUIRED);
        }
        if (change.nameKana() == null || change.nameKana().isBlank()) {
            throw new RefusedException(Refusal.NAME_REQUIRED);
        }
        if (change.birthDate() == null || !change.birthDate().isBefore(enrolmentDate)) {
            throw new RefusedException(Refusal.BIRTH_DATE_REQUIRED);
        }
        if (change.savingsKind() == null) {
            throw new RefusedException(Refusal.KIND_REQUIRED);
        }
        amounts(change);
        if (change.savingsKind().taxFree()) {
            if (ageOn(change.birthDate(), enrolmentDate) >= AGE_LIMIT) {
                throw new RefusedException(Refusal.NOT_TAX_FREE_AGE);
            }
            boolean hasOne = contracts.stream().anyMatch(c -> c.personNumber().equals(change.personNumber())
                    && c.kind() == change.savingsKind())
                    || accepted.stream().anyMatch(a -> a.kind() == ZaikeiChangeKind.NEW_ENROLMENT
                    && change.personNumber().equals(a.personNumber()) && a.savingsKind() == change.savingsKind());
            if (hasOne) {
                throw new RefusedException(Refusal.ONE_PER_PERSON);
            }
            taxFreeLimit(change.personNumber(), change.savingsKind(), change, contracts, accepted);
        }
    }

    /** Whole thousands, at least 1,000 yen a month, a bonus amount of 0 or whole thousands. */
    static void amounts(Change change) {
        if (change.monthly() % UNIT != 0 || change.bonus() % UNIT != 0 || change.bonus() < 0) {
            throw new RefusedException(Refusal.AMOUNT_NOT_THOUSANDS);
        }
        if (change.monthly() < UNIT) {
            throw new RefusedException(Refusal.AMOUNT_TOO_SMALL);
        }
        if (change.monthly() > MAX_AMOUNT || change.bonus() > MAX_AMOUNT) {
            throw new RefusedException(Refusal.AMOUNT_TOO_LARGE);
        }
    }

    /**
     * Housing and pension principal together stays within the limit: the person's housing and pension balance now,
     * plus one year of the contributions they would make after this change (12 monthly and 2 bonus amounts of every
     * housing and pension contract still saving, at its new amounts), must not exceed 5.5 million yen.
     */
    static void taxFreeLimit(String personNumber, ZaikeiKind kind, Change change, List<Contract> contracts,
                             List<Change> accepted) {
        if (!kind.taxFree()) {
            return;
        }
        long principal = 0;
        long yearly = 0;
        for (Contract c : contracts) {
            if (!c.personNumber().equals(personNumber) || !c.kind().taxFree()) {
                continue;
            }
            principal += c.balance() == null ? 0 : c.balance();
            Change later = c.savingsContract().equals(change.savingsContract()) ? change
                    : accepted.stream().filter(a -> c.savingsContract().equals(a.savingsContract())).findFirst().orElse(null);
            if (later != null) {
                yearly += later.kind() == ZaikeiChangeKind.STOP ? 0 : yearly(later.monthly(), later.bonus());
            } else if (!c.stopped()) {
                yearly += yearly(c.monthly(), c.bonus());
            }
        }
        for (Change a : accepted) {
            if (a.kind() == ZaikeiChangeKind.NEW_ENROLMENT && personNumber.equals(a.personNumber())
                    && a.savingsKind() != null && a.savingsKind().taxFree()) {
                yearly += yearly(a.monthly(), a.bonus());
            }
        }
        if (change.kind() == ZaikeiChangeKind.NEW_ENROLMENT) {
            yearly += yearly(change.monthly(), change.bonus());
        }
        if (principal + yearly > TAX_FREE_LIMIT) {
            throw new RefusedException(Refusal.TAX_FREE_LIMIT);
        }
    }

    private static long yearly(long monthly, long bonus) {
        return 12 * monthly + 2 * bonus;
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
