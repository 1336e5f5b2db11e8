package jp.kojo.web.api.v1;

/** A refusal of the API's own (headers, parameters, body): answered with the status and the keyed message. */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String key;
    private final transient Object[] args;

    public ApiProblem(int status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    public int status() { return status; }
    public String key() { return key; }
    public Object[] args() { return args; }
}
