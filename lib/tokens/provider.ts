// What the API client needs from the token manager.
export interface TokenProvider {
  /** An access token valid for at least the refresh window; from memory on the hot path. */
  getValidToken (connection: string): Promise<string>
  /**
   * GHL rejected `rejectedToken` with 401: refresh only if the stored token is still that one (another caller
   * or instance may already have replaced it) and return the token to replay with.
   */
  refreshAfterUnauthorized (connection: string, rejectedToken: string): Promise<string>
  /** A replay after a refresh still got 401: mark the connection reauth_required and return the error to throw. */
  markReauthRequired (connection: string, reason: string): Promise<Error>
}
