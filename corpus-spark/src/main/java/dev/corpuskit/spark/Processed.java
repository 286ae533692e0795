package dev.corpuskit.spark;

import java.io.Serializable;

/**
 * One document as an executor processed it with the core's per-document code: the bean of the job's
 * intermediate datasets. The state is the core's encoding ({@code DocumentCache.encode}).
 */
public class Processed implements Serializable {
  private String path;
  private byte[] state;
  private String text;
  private boolean mines;
  private boolean stays;
  private byte[] fingerprint;
  private byte[] sourceSha;
  private long[] lineKeys;

  public Processed() {}

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public byte[] getState() {
    return state;
  }

  public void setState(byte[] state) {
    this.state = state;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isMines() {
    return mines;
  }

  public void setMines(boolean mines) {
    this.mines = mines;
  }

  public boolean isStays() {
    return stays;
  }

  public void setStays(boolean stays) {
    this.stays = stays;
  }

  public byte[] getFingerprint() {
    return fingerprint;
  }

  public void setFingerprint(byte[] fingerprint) {
    this.fingerprint = fingerprint;
  }

  public byte[] getSourceSha() {
    return sourceSha;
  }

  public void setSourceSha(byte[] sourceSha) {
    this.sourceSha = sourceSha;
  }

  public long[] getLineKeys() {
    return lineKeys;
  }

  public void setLineKeys(long[] lineKeys) {
    this.lineKeys = lineKeys;
  }
}
