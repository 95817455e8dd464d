package org.jkeepalived.agent.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void floatsPrintAsCPercentG() {
    assertThat(JsonWriter.formatG(5)).isEqualTo("5");
    assertThat(JsonWriter.formatG(0.1)).isEqualTo("0.1");
    assertThat(JsonWriter.formatG(1.25)).isEqualTo("1.25");
  }

  @Test
  void escapesAsKeepalivedsWriter() {
    String s = new JsonWriter().beginObject().field("a/b", "q\"\\\t\u0001/").field("n", 3)
        .field("t", true).fixedField("f", 1.5).endObject().toString();
    assertThat(s).isEqualTo("{\"a\\/b\":\"q\\\"\\\\\\t\\u0001\\/\",\"n\":3,\"t\":true,\"f\":1.500000}");
  }
}
