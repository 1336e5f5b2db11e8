package jp.kojo.batch.collectiveload;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kojo.batch.collectiveload.CollectiveRecord.Data;
import jp.kojo.batch.collectiveload.CollectiveRecord.End;
import jp.kojo.batch.collectiveload.CollectiveRecord.Header;
import jp.kojo.batch.collectiveload.CollectiveRecord.Malformed;
import jp.kojo.batch.collectiveload.CollectiveRecord.Trailer;

/**
 * Checks a whole breakdown file before anything is stored: field rules (in the parsers), record order, the
 * trailer's count and total, contract numbers of unions with the COLLECTIVE_SAVINGS service, a run a union already
 * has, and a member's product twice. Every problem goes to {@code problems}, each naming line and field.
 */
public final class CollectiveSavingsValidator {

    /** The outcome; {@code unions} maps each contract number in the file to its organisation id. */
    public record Result(int problemCount, Header header, long recordCount, long amountTotal, Map<String, Long> unions) {
        public boolean valid() {
            return problemCount == 0;
        }
    }

    private CollectiveSavingsValidator() {
    }

    public static Result validate(CollectiveParser parser, CollectiveDirectory directory,
                                  Consumer<CollectiveProblem> sink) throws IOException {
        int[] problems = {0};
        Consumer<CollectiveProblem> out = p -> {
            problems[0]++;
            sink.accept(p);
        };
        Header header = null;
        boolean headerSeen = false;
        boolean firstRecord = true;
        Trailer trailer = null;
        boolean trailerSeen = false;
        boolean endSeen = false;
        long count = 0;
        long total = 0;
        boolean amountsReadable = true;
        Map<String, Long> unions = new LinkedHashMap<>();
        Map<String, Boolean> refused = new HashMap<>();
        Map<String, Integer> memberProducts = new HashMap<>();
        CollectiveRecord record;
        while ((record = parser.next()) != null) {
            int line = record.line();
            if (endSeen) {
                out.accept(order(line, "エンドレコードの後にレコードがあります", "record after the end record"));
                continue;
            }
            boolean isHeader = record instanceof Header || record instanceof Malformed m && isType(m, "1", "H");
            boolean isTrailer = record instanceof Trailer || record instanceof Malformed m && isType(m, "8", "T");
            boolean isData = record instanceof Data || record instanceof Malformed m && isType(m, "2", "D");
            if (isHeader) {
                if (headerSeen) {
                    out.accept(order(line, "ヘッダーレコードが 2 つあります", "second header record"));
                } else if (!firstRecord) {
                    out.accept(order(line, "ヘッダーレコードが先頭にありません", "header record is not first"));
                }
                headerSeen = true;
            } else if (firstRecord) {
                out.accept(order(line, "ヘッダーレコードがありません", "header record missing"));
            }
            firstRecord = false;
            if ((isData || isTrailer) && trailerSeen) {
                out.accept(order(line, isData ? "トレーラーレコードの後にデータがあります" : "トレーラーレコードが 2 つあります",
                        isData ? "data after the trailer record" : "second trailer record"));
            }
            if (record instanceof Malformed m) {
                m.problems().forEach(out);
                if (isData) {
                    count++;
                    if (m.amount() == null) {
                        amountsReadable = false;
                    } else {
                        total += m.amount();
                    }
                }
                trailerSeen |= isTrailer;
            } else if (record instanceof Header h) {
                header = header == null ? h : header;
            } else if (record instanceof Data d) {
                count++;
                total += d.amount();
                Long union = union(d, directory, header, unions, refused, out);
                if (union != null) {
                    Integer first = memberProducts.putIfAbsent(d.contractNumber() + "/" + d.memberNumber() + "/"
                            + d.product().code(), line);
                    if (first != null) {
                        out.accept(new CollectiveProblem(line, CollectiveField.PRODUCT,
                                "組合員番号 " + d.memberNumber() + " の商品コード " + d.product().code() + " は行 " + first
                                        + " と重複しています",
                                "member " + d.memberNumber() + " and product " + d.product().code() + " repeat line " + first));
                    }
                }
            } else if (record instanceof Trailer t) {
                trailer = trailer == null ? t : trailer;
                trailerSeen = true;
            } else if (record instanceof End) {
                if (!parser.hasEndRecord()) {
                    out.accept(order(line, "エンドレコードはありません", "no end record in CSV"));
                }
                if (!trailerSeen) {
                    out.accept(order(line, "トレーラーレコードがありません", "trailer record missing"));
                    trailerSeen = true;
                }
                endSeen = true;
            }
        }
        if (firstRecord) {
            out.accept(new CollectiveProblem(0, null, "ヘッダーレコードがありません", "header record missing"));
        }
        if (!trailerSeen) {
            out.accept(new CollectiveProblem(0, null, "トレーラーレコードがありません", "trailer record missing"));
        }
        if (parser.hasEndRecord() && !endSeen) {
            out.accept(new CollectiveProblem(0, null, "エンドレコードがありません", "end record missing"));
        }
        if (trailer != null) {
            if (trailer.count() != count) {
                out.accept(new CollectiveProblem(trailer.line(), CollectiveField.RECORD_COUNT,
                        "件数 " + trailer.count() + " がデータ件数 " + count + " と一致しません",
                        "count " + trailer.count() + " differs from " + count + " data records"));
            }
            if (amountsReadable && trailer.amountTotal() != total) {
                out.accept(new CollectiveProblem(trailer.line(), CollectiveField.AMOUNT_TOTAL,
                        "合計 " + trailer.amountTotal() + " がデータの合計 " + total + " と一致しません",
                        "total " + trailer.amountTotal() + " differs from the data's " + total));
            }
        }
        return new Result(problems[0], header, count, total, unions);
    }

    private static boolean isType(Malformed m, String fixedType, String csvType) {
        return fixedType.equals(m.type()) || csvType.equals(m.type());
    }

    private static CollectiveProblem order(int line, String ja, String en) {
        return new CollectiveProblem(line, CollectiveField.RECORD_TYPE, ja, en);
    }

    /** The union of a data record, checked once per contract number; null when refused. */
    private static Long union(Data d, CollectiveDirectory directory, Header header, Map<String, Long> unions,
                              Map<String, Boolean> refused, Consumer<CollectiveProblem> out) {
        String contract = d.contractNumber();
        Long known = unions.get(contract);
        if (known != null) {
            return known;
        }
        if (refused.containsKey(contract)) {
            out.accept(new CollectiveProblem(d.line(), CollectiveField.CONTRACT_NUMBER, refusedJa(refused.get(contract)),
                    refusedEn(refused.get(contract))));
            return null;
        }
        Optional<CollectiveDirectory.Union> union = directory.union(contract);
        if (union.isEmpty() || !union.get().collectiveSavings()) {
            boolean unknown = union.isEmpty();
            refused.put(contract, unknown);
            out.accept(new CollectiveProblem(d.line(), CollectiveField.CONTRACT_NUMBER, refusedJa(unknown), refusedEn(unknown)));
            return null;
        }
        long id = union.get().id();
        if (header != null && directory.statementExists(id, header.yearMonth(), header.runKind())) {
            refused.put(contract, null);
            out.accept(new CollectiveProblem(d.line(), CollectiveField.CONTRACT_NUMBER, refusedJa(null), refusedEn(null)));
            return null;
        }
        unions.put(contract, id);
        return id;
    }

    private static String refusedJa(Boolean unknown) {
        if (unknown == null) {
            return "この契約番号の同じ積立年月・区分の内訳は取込済みです";
        }
        return unknown ? "登録されていない契約番号です" : "一斉積立の契約がない契約番号です";
    }

    private static String refusedEn(Boolean unknown) {
        if (unknown == null) {
            return "this union's breakdown of the same run was already loaded";
        }
        return unknown ? "unknown contract number" : "contract without the union-wide savings service";
    }
}
