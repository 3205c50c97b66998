package dev.vorzimmer.screening.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Column encodings shared by the store tables: instants as epoch millis, string lists and reasons
 * as JSON.
 */
final class Codec {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final int MEMO_LIMIT = 1024;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * JSON of reasons written before: every call's row holds mostly the same few reasons (the
   * caller's area, the block entry), so their JSON is made once (issue #15).
   */
  private final Map<Reason, String> written = new ConcurrentHashMap<>();

  String strings(List<String> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot encode " + values, e);
    }
  }

  List<String> strings(String encoded) throws SQLException {
    try {
      return json.readValue(encoded, STRINGS);
    } catch (JsonProcessingException e) {
      throw new SQLException("corrupt string list column: " + encoded, e);
    }
  }

  /** Reasons as their JSON list of codes and arguments ({@link ReasonJson}). */
  static String reasons(List<Reason> reasons) {
    return ReasonJson.write(reasons);
  }

  /** As {@link #reasons(List)} (the same text), with each reason's JSON remembered. */
  String reasonsOfCall(List<Reason> reasons) {
    StringBuilder array = new StringBuilder("[");
    for (Reason r : reasons) {
      String one = written.get(r);
      if (one == null) {
        one = ReasonJson.write(r);
        if (written.size() >= MEMO_LIMIT) {
          written.clear();
        }
        written.put(r, one);
      }
      array.append(array.length() == 1 ? "" : ",").append(one);
    }
    return array.append(']').toString();
  }

  static List<Reason> reasons(String encoded) throws SQLException {
    try {
      return ReasonJson.read(encoded);
    } catch (IllegalArgumentException e) {
      throw new SQLException("corrupt reasons column: " + encoded, e);
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return Instant.ofEpochMilli(rs.getLong(column));
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  static void setOptionalInstant(PreparedStatement ps, int index, Optional<Instant> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setLong(index, value.get().toEpochMilli());
    } else {
      ps.setNull(index, Types.INTEGER);
    }
  }
}
