package org.demarc.model;

/** What is taken out of the institution (情報および情報機器の持ち出し, 6.9). */
public enum TakeOutKind {
  /** ノートパソコンのような情報端末: a laptop or similar terminal. */
  LAPTOP,
  /** フロッピーディスク、USBメモリのような情報記録可搬媒体: portable media such as a USB memory stick. */
  PORTABLE_MEDIA,
  /**
   * 携帯電話・PHS のようなモバイル端末 (P:L902-907; a smartphone or tablet alike): an information terminal
   * judged as a laptop is (6.9 C items 5 to 9 and D).
   */
  MOBILE_TERMINAL,
  /** シンクライアント: a thin client that holds almost no information and reaches the server over a network. */
  THIN_CLIENT,
  /** 個人保有の情報機器: a personally owned device used for work. */
  PERSONAL_DEVICE
}
