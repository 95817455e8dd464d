package org.jkeepalived.conf.pre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditionals, parameters, built-ins and repetition; checked against keepalived 2.2.7 -t. */
class PreprocessFeaturesTest {
  @TempDir Path dir;
  ReaderTestSupport t;

  @BeforeEach
  void setUp() {
    t = new ReaderTestSupport(dir);
  }

  @Test
  void conditionalLinesFollowTheConfigId() {
    assertThat(t.flat("@main a\n@backup b\n@^main c\n@^backup d\n  @main   e\n@main\n"))
        .containsExactly("a", "d", "e");
  }

  @Test
  void parametersAreReplacedWhereKeepalivedReplacesThem() {
    assertThat(t.flat("$P=val ue\nk $P\nk x$P\nk ${P}z\nk $Pz\nk $P,z\nk \"$P\"\nk ${UNDEF}x\n"))
        .containsExactly("k val ue", "k xval ue", "k val uez", "k $Pz", "k val ue,z", "k $P",
            "k $ {", "  UNDEF", "x");
  }

  @Test
  void replacementIsRecursiveAndLate() {
    assertThat(t.flat("$BASE=10.2.${SUB}\n$SUB=0\nk ${BASE}.100\n$SUB=10\nk ${BASE}.100\n"))
        .containsExactly("k 10.2.0.100", "k 10.2.10.100");
  }

  @Test
  void definitionNeedsNoSpaceBeforeEquals() {
    assertThat(t.flat("$P = v\nk $P\n")).containsExactly("$P = v", "k $P");
  }

  @Test
  void conditionalDefinitions() {
    assertThat(t.flat("@main $PRIO=240\n@backup $PRIO=200\npriority $PRIO\n"))
        .containsExactly("priority 240");
  }

  @Test
  void multiLineDefinitionsExpandAndNest() {
    String conf = "$RS= \\\nreal_server 1.1.1.${N} 80 { \\\n  weight 1 \\\n}\n"
        + "$VS= \\\nvirtual_server 10.0.0.1 80 { \\\n  $N=1 \\\n  $RS \\\n  $N=2 \\\n  $RS \\\n}\n"
        + "$VS\n";
    assertThat(t.flat(conf)).containsExactly("virtual_server 10.0.0.1 80 {",
        "  real_server 1.1.1.1 80 {", "    weight 1",
        "  real_server 1.1.1.2 80 {", "    weight 1");
    assertThat(t.diagnostics()).isEmpty();
  }

  @Test
  void blankLineEndsAMultiLineDefinition() {
    assertThat(t.flat("$M= \\\n  ml1 \\\n\n  ml2 \\\n  ml3\n$M\n$M tail\n"))
        .containsExactly("ml2\\", "ml3", "ml1", "$M tail");
  }

  @Test
  void builtIns() {
    // keepalived 2.2.7 has no ${_ENV}: it stays as written and its brace opens a block
    t.options = PreprocessOptions.forConfigId("main").withRandom(new Random(1));
    List<String> out = t.flat("a ${_PWD}\nb $_INSTANCE\nc ${_INSTANCE}y\nd \"x${_HASH}y${_BANG}\"\n"
        + "e x${_HASH}y\nf ${_RANDOM 7 7}\ng ${_ENV HOME}\n");
    assertThat(out).containsExactly("a " + dir.toAbsolutePath(), "b main", "c mainy", "d x#y!",
        "e x", "f 7", "g $ {", "  _ENV HOME");
  }

  @Test
  void randomStaysInRange() {
    List<String> out = t.flat("~SEQ(i,1,50) r ${_RANDOM 3 5}\ns ${_RANDOM}\n");
    for (String line : out.subList(0, 50)) {
      assertThat(Integer.parseInt(line.substring(2))).isBetween(3, 5);
    }
    assertThat(Integer.parseInt(out.get(50).substring(2))).isBetween(0, 32767);
  }

  @Test
  void sequencesCountUpDownAndInHex() {
    assertThat(t.flat("~SEQ(i,1,2) s$i\n~SEQx(h,9,3,15) h${h}\n~SEQ(j, 3) q$j\n"
        + "~SEQ(k, 2, 1) k$k\n~SEQ(z, -2) z$z\n~SEQ(o,010) o$o\n~SEQx(x, 0x90, 0x10, 0xc0) x$x\n"))
        .containsExactly("s1", "s2", "h9", "hc", "hf", "q1", "q2", "q3", "k2", "k1", "z-1", "z-2",
            "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "x90", "xa0", "xb0", "xc0");
  }

  @Test
  void sequenceBoundsMayBeParameters() {
    assertThat(t.flat("$V=3\n~SEQ(s,$V) v$s\n")).containsExactly("v1", "v2", "v3");
  }

  @Test
  void listsAndNesting() {
    assertThat(t.flat("~LST(v,a,b) l$v\n~LST({v1,v2},{a,b},{c,d}) m${v1}${v2}\n"
        + "~SEQ(i,1,2) ~LST(w,x,y) n${i}${w}\n"))
        .containsExactly("la", "lb", "mab", "mcd", "n1x", "n1y", "n2x", "n2y");
  }

  @Test
  void sequenceOfAMultiLineParameter() {
    assertThat(t.flat("$I= \\\nvrrp_instance VI_${n} { \\\n  priority ${n} \\\n}\n"
        + "~SEQ(n,1,2) $I\n"))
        .containsExactly("vrrp_instance VI_1 {", "  priority 1", "vrrp_instance VI_2 {",
            "  priority 2");
  }

  @Test
  void invalidRepetitionsAreReported() {
    assertThat(t.flat("~SEQ(bad) x\n~SEQ(q,1,0,3) x\n~LST(b) y\n~LST(f,{1,2},3) z\n")).isEmpty();
    assertThat(t.diagnostics()).containsExactly(
        "ERROR keepalived.conf:1 Invalid ~SEQ definition '~SEQ(bad) x'",
        "ERROR keepalived.conf:1 Invalid ~SEQ specification '~SEQ(bad) x'",
        "ERROR keepalived.conf:2 Invalid ~SEQ values '~SEQ(q,1,0,3) x'",
        "ERROR keepalived.conf:2 Invalid ~SEQ specification '~SEQ(q,1,0,3) x'",
        "ERROR keepalived.conf:3 Invalid ~LST specification '~LST(b) y'",
        "ERROR keepalived.conf:4 ~LST specification has too many values '~LST(f,{1,2},3) z'",
        "ERROR keepalived.conf:4 Invalid ~LST specification '~LST(f,{1,2},3) z'");
  }

  @Test
  void selfReferenceDoesNotHang() {
    assertThat(t.flat("$A=$A\nk $A\n")).hasSize(1);
    assertThat(t.diagnostics()).hasSize(1);
  }
}
