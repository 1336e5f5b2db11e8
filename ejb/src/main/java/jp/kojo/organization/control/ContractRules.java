package jp.kojo.organization.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kojo.organization.boundary.OrganizationForm;
import jp.kojo.organization.boundary.OrganizationProblem;
import jp.kojo.organization.boundary.OrganizationProblem.Problem;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;

/**
 * The bank's rules for an organisation's contract: contract number of 10 digits, name and kana (full-width
 * katakana) required, a type, at least one service with まとめ入金型 and 賃金控除型 exclusive, and a cut-off of 0 to
 * 20 business days for the services that have a deadline. Field names are those of {@link OrganizationForm}.
 */
public final class ContractRules {
    public static final int MAX_NAME = 100;
    public static final int MAX_CUT_OFF = 20;
    /** The services with a deadline before their payment (deposit) date, and their defaults. */
    private static final Map<ServiceKind, Integer> DEFAULT_CUT_OFF = Map.of(ServiceKind.LUMP_SUM, 2,
            ServiceKind.PAYROLL, 2, ServiceKind.ZAIKEI, 4);
    private static final Pattern CONTRACT_NUMBER = Pattern.compile("[0-9]{10}");
    /** Full-width katakana with the long vowel mark, middle dot, spaces, full-width digits, letters and brackets. */
    private static final Pattern KANA = Pattern.compile("[\\u30A1-\\u30FC\\u3000 ０-９Ａ-Ｚ（）．・－]+");

    private ContractRules() {
    }

    /** The default cut-off of a service with a deadline; empty for one without (一斉積立). */
    public static Optional<Integer> defaultCutOff(ServiceKind service) {
        return Optional.ofNullable(DEFAULT_CUT_OFF.get(service));
    }

    public static boolean hasDeadline(ServiceKind service) {
        return DEFAULT_CUT_OFF.containsKey(service);
    }

    /** Every problem of the form, in the order of its fields; empty when it may be saved. */
    public static List<OrganizationProblem> check(OrganizationForm form) {
        List<OrganizationProblem> problems = new ArrayList<>();
        String contract = strip(form.contractNumber());
        if (contract == null) {
            problems.add(new OrganizationProblem("contractNumber", Problem.REQUIRED));
        } else if (!CONTRACT_NUMBER.matcher(contract).matches()) {
            problems.add(new OrganizationProblem("contractNumber", Problem.CONTRACT_NUMBER_FORM));
        }
        text(problems, "name", form.name());
        String kana = strip(form.nameKana());
        text(problems, "nameKana", kana);
        if (kana != null && kana.length() <= MAX_NAME && !KANA.matcher(kana).matches()) {
            problems.add(new OrganizationProblem("nameKana", Problem.KANA_FORM));
        }
        if (strip(form.type()) == null) {
            problems.add(new OrganizationProblem("type", Problem.REQUIRED));
        } else if (type(form.type()).isEmpty()) {
            problems.add(new OrganizationProblem("type", Problem.UNKNOWN_TYPE));
        }
        if (strip(form.branchCode()) == null) {
            problems.add(new OrganizationProblem("branch", Problem.REQUIRED));
        }
        Set<ServiceKind> services = form.services() == null || form.services().isEmpty()
                ? EnumSet.noneOf(ServiceKind.class) : EnumSet.copyOf(form.services());
        if (services.isEmpty()) {
            problems.add(new OrganizationProblem("services", Problem.SERVICE_REQUIRED));
        } else if (services.contains(ServiceKind.LUMP_SUM) && services.contains(ServiceKind.PAYROLL)) {
            problems.add(new OrganizationProblem("services", Problem.LUMP_SUM_AND_PAYROLL));
        }
        Map<ServiceKind, Integer> cutOffs = form.cutOffs() == null ? Map.of() : form.cutOffs();
        for (ServiceKind service : services) {
            Integer days = cutOffs.get(service);
            if (hasDeadline(service) && days != null && (days < 0 || days > MAX_CUT_OFF)) {
                problems.add(new OrganizationProblem("cutOff" + service.name(), Problem.CUT_OFF_RANGE));
            }
        }
        return problems;
    }

    public static Optional<OrganizationType> type(String type) {
        for (OrganizationType t : OrganizationType.values()) {
            if (t.name().equals(strip(type))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void text(List<OrganizationProblem> problems, String field, String value) {
        String text = strip(value);
        if (text == null) {
            problems.add(new OrganizationProblem(field, Problem.REQUIRED));
        } else if (text.length() > MAX_NAME) {
            problems.add(new OrganizationProblem(field, Problem.TOO_LONG));
        }
    }
}
