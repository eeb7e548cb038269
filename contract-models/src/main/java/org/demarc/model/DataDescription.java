package org.demarc.model;

/**
 * What data the flow carries.
 *
 * @param personal whether it contains personal information (個人情報)
 * @param medical whether it is medical information (医療情報, 診療情報等)
 */
public record DataDescription(Boolean personal, Boolean medical) {}
