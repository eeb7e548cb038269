package org.demarc.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The enums the flow editor offers as selects, by simple name. */
final class WebEnums {
  private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
      Map.entry("FlowKind", org.demarc.model.FlowKind.class),
      Map.entry("FlowPurpose", org.demarc.model.FlowPurpose.class),
      Map.entry("LegalForm", org.demarc.model.LegalForm.class),
      Map.entry("ConsentBasis", org.demarc.model.ConsentBasis.class),
      Map.entry("Direction", org.demarc.model.Direction.class),
      Map.entry("PartyRole", org.demarc.model.PartyRole.class),
      Map.entry("NetworkType", org.demarc.model.NetworkType.class),
      Map.entry("ChannelProtocol", org.demarc.model.ChannelProtocol.class),
      Map.entry("TamperDetection", org.demarc.model.TamperDetection.class),
      Map.entry("AuthMethod", org.demarc.model.AuthMethod.class),
      Map.entry("ControlType", org.demarc.model.ControlType.class),
      Map.entry("EvidenceStatus", org.demarc.model.EvidenceStatus.class));

  private WebEnums() {}

  static List<String> values(String name) {
    Class<? extends Enum<?>> type = ENUMS.get(name);
    if (type == null) {
      throw new IllegalArgumentException("no enum " + name);
    }
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
