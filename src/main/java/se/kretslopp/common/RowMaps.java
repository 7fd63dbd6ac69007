package se.kretslopp.common;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of the reactive client as maps from column name to value, in the order selected, for JSON: a PostgreSQL
 * {@code numeric} comes as the client's own {@link Numeric} and is made a {@link java.math.BigDecimal}, a
 * {@code jsonb} value as Vert.x's JSON types and is made plain maps and lists; every other value (text, uuid,
 * timestamps, dates, arrays) is one Jackson writes as it is.
 */
public final class RowMaps {

    private RowMaps() {
    }

    public static List<Map<String, Object>> of(Iterable<Row> rows) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                map.put(row.getColumnName(i), plain(row.getValue(i)));
            }
            maps.add(map);
        }
        return maps;
    }

    private static Object plain(Object value) {
        if (value instanceof Numeric n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonObject o) {
            return o.getMap();
        }
        return value instanceof JsonArray a ? a.getList() : value;
    }
}
