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
import java.util.Optional;

/**
 * Column encodings shared by the store tables: instants as epoch millis, string lists and reasons
 * as JSON.
 */
final class Codec {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private final ObjectMapper json = new ObjectMapper();

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
