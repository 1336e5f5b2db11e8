package jp.kojo.web.api.v1;

/**
 * A refusal of the API's own (headers, parameters, body): answered with the status and the keyed message, and
 * for a field of the body that breaks a rule also the field and the rule's name.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String key;
    private final transient Object[] args;
    private final String field;
    private final String rule;

    public ApiProblem(int status, String key, Object... args) {
        this(status, key, null, null, args);
    }

    private ApiProblem(int status, String key, String field, String rule, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
        this.field = field;
        this.rule = rule;
    }

    /** 422: the field's value breaks the named rule. */
    public static ApiProblem rule(String field, String rule, String key, Object... args) {
        return new ApiProblem(422, key, field, rule, args);
    }

    public String field() { return field; }
    public String rule() { return rule; }

    public int status() { return status; }
    public String key() { return key; }
    public Object[] args() { return args; }
}
