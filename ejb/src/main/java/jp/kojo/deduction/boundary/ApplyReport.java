package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What applying an upload did: how many lines got their result, and the file rows refused because their line
 * changed since the upload (rows already applied or not applicable are left out and not counted).
 */
public record ApplyReport(int applied, List<Integer> staleRows) implements Serializable {
}
