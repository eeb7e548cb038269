/**
 * The vocabulary of the MHLW guideline for the security management of medical information systems
 * (医療情報システムの安全管理に関するガイドライン) on responsibility demarcation points (責任分界点) and on
 * exchanging medical information with outside parties: who provides and who receives the data, which line
 * carriers (回線事業者) and online service providers (オンラインサービス提供事業者) sit in the path, and how the
 * data and the channel are protected. Plain records and enums: no Spring, no KIE.
 */
package org.demarc.model;
