package org.demarc.model;

/**
 * One segment of the path between two demarcation points (責任分界点). Segments are listed in order from the
 * provider's external connection point to the recipient's.
 *
 * @param id unique id within the flow
 * @param fromPoint name of the demarcation point where the segment starts
 * @param toPoint name of the demarcation point where it ends
 * @param network the network type
 * @param operator the party (carrier or online service provider) whose line or service this is; absent when the
 *     institutions run the segment themselves (the provider or a recipient institution may also be named as the
 *     operator of a segment it runs itself)
 * @param channel the channel security on this segment
 */
public record Segment(
    String id, String fromPoint, String toPoint, NetworkType network, String operator, ChannelSecurity channel) {

  /** Whether the path on this segment is encrypted. */
  public boolean channelEncrypted() {
    return channel != null && channel.encrypted();
  }
}
