package jp.kojo.audit.boundary;

import java.util.List;

/** One page of an audit search and how many records match in all. */
public record AuditPage(List<AuditEventView> rows, long total) {
}
