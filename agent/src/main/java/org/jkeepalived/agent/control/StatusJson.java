package org.jkeepalived.agent.control;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** {@link NodeStatus} to JSON and back (Jackson, records by their components). */
public final class StatusJson {
  private StatusJson() {}

  private static ObjectMapper mapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        // a newer daemon may say more than this client knows
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public static byte[] write(NodeStatus status) {
    try {
      return mapper().writeValueAsBytes(status);
    } catch (IOException e) {
      throw new IllegalStateException("a NodeStatus always serialises", e);
    }
  }

  /** @throws IOException the bytes are not a status document */
  public static NodeStatus read(byte[] json) throws IOException {
    return mapper().readValue(json, NodeStatus.class);
  }
}
