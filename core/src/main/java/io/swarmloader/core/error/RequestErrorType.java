package io.swarmloader.core.error;

/** Download attempt failure types, with the exact JS strings of the drop-in API. */
public enum RequestErrorType {
  ABORT("abort"),
  BYTES_RECEIVING_TIMEOUT("bytes-receiving-timeout"),
  PEER_RESPONSE_BYTES_LENGTH_MISMATCH("peer-response-bytes-length-mismatch"),
  PEER_PROTOCOL_VIOLATION("peer-protocol-violation"),
  PEER_SEGMENT_ABSENT("peer-segment-absent"),
  PEER_CLOSED("peer-closed"),
  P2P_SEGMENT_VALIDATION_FAILED("p2p-segment-validation-failed"),
  HTTP_ERROR("http-error"),
  HTTP_BYTES_MISMATCH("http-bytes-mismatch"),
  HTTP_UNEXPECTED_STATUS_CODE("http-unexpected-status-code"),
  HTTP_SEGMENT_VALIDATION_FAILED("http-segment-validation-failed");

  private final String jsName;

  RequestErrorType(String jsName) {
    this.jsName = jsName;
  }

  public String jsName() {
    return jsName;
  }
}
