namespace Counseling.Api.Problems;

/// <summary>
/// The stable problem types (RFC 7807 "type") this api answers with. Clients branch on these, never on titles
/// or details, which may be reworded. Each resolves to a human-readable page under /problems/.
/// </summary>
public static class ProblemTypes
{
    public const string Prefix = "/problems/";

    public static readonly IReadOnlyDictionary<string, (int Status, string Title, string Description)> Catalog =
        new Dictionary<string, (int, string, string)>
        {
            ["validation"] = (400, "The request has invalid fields", "One or more fields are missing or invalid; 'errors' names each field and what is wrong with it."),
            ["malformed-request"] = (400, "The request body could not be read", "The body is not valid JSON, or a field has the wrong type; 'errors' names the field when it can be known."),
            ["invalid-credentials"] = (401, "Email or password is incorrect", "The same answer is given for an unknown email, a wrong password and a temporarily locked account, so that it reveals nothing about which accounts exist."),
            ["invalid-refresh-token"] = (401, "The refresh token is not valid", "It is unknown, expired, or was revoked (for example by signing out). Sign in again."),
            ["refresh-token-reused"] = (401, "The refresh token was already used", "A refresh token can be exchanged once. It was presented again, so the whole sign-in it belonged to has been ended. Sign in again."),
            ["reset-link-invalid"] = (400, "This password-reset link does not work", "It has expired (links work for 30 minutes), was already used, or a newer link replaced it. Ask for a new one."),
            ["unauthenticated"] = (401, "Sign-in required", "The request carries no valid access token. Send 'Authorization: Bearer <token>'; refresh it when it expires."),
            ["forbidden"] = (403, "Not allowed", "You are signed in, but your role does not permit this."),
            ["not-found"] = (404, "Not found", "There is nothing at this address, or it is not yours to see."),
            ["method-not-allowed"] = (405, "Method not allowed", "This address does not accept this HTTP method."),
            ["slot-taken"] = (409, "That time is no longer free", "Another client booked or is holding this slot. Choose another time."),
            ["hold-expired"] = (409, "The reserved time was released", "A held slot must be confirmed before its hold expires. Choose a time again."),
            ["invalid-transition"] = (409, "Not possible in the appointment's current state", "For example cancelling after the start, or rescheduling inside the cancellation window; 'detail' says which."),
            ["invalid-slot"] = (422, "That time cannot be booked", "It is in the past, outside the counselor's hours or notice and horizon, of a length or kind the counselor does not offer, or with yourself."),
            ["not-bookable"] = (422, "This counselor is not taking bookings", "The counselor is not verified, their license has expired, or they have not set hours."),
            ["payment-mismatch"] = (409, "The payment does not match the price", "A payment of another amount or currency never books a session; it is returned."),
            ["nothing-to-settle"] = (409, "Nothing to settle", "There are no earned, unsettled sessions to apply for."),
            ["no-credit"] = (409, "No credit can pay for this session", "You have no unexpired package credit for this counselor and session length, or no included membership session left this cycle (or the membership is paused). Pay by card instead."),
            ["already-owned"] = (409, "You already have this", "Paid content is bought once per account; open it from your library."),
            ["membership-exists"] = (409, "You already have a membership", "One membership at a time: change or cancel the current one first."),
            ["membership-state"] = (409, "Not possible in the membership's current state", "For example pausing a paused membership or more than 7 days in a cycle; 'detail' says which."),
            ["session-not-open"] = (409, "The session room is not open yet", "A room opens shortly before the appointment starts; 'detail' says when, as an ISO 8601 instant in UTC."),
            ["session-ended"] = (409, "This session is over", "The appointment ended, was cancelled or was moved; the room no longer takes messages."),
            ["invalid-message"] = (400, "The message cannot be sent", "A message needs some text, at most 4 KB, and an id of 1 to 64 letters, digits, '-' or '_'."),
            ["invalid-signal"] = (400, "The call signal is not valid", "Only offers, answers, ICE candidates, hang-ups and media states of the expected shape are relayed."),
            ["email-taken"] = (409, "An account with this email already exists", "Emails are unique regardless of letter case and surrounding spaces. Sign in instead, or use another address."),
            ["payload-too-large"] = (413, "The request body is too large", "Send a smaller body; the limit depends on the endpoint."),
            ["unsupported-media-type"] = (415, "Unsupported content type", "Send the body as 'application/json'."),
            ["too-many-requests"] = (429, "Too many requests", "Slow down and retry after the number of seconds in the Retry-After header."),
            ["payment-provider-unavailable"] = (503, "The payment provider did not complete the request", "Nothing was charged twice: retry in a moment, and the same request is recognised."),
            ["internal"] = (500, "Something went wrong on our side", "The error has been logged with the trace id in this response. Retrying later may help."),
            ["unavailable"] = (503, "Temporarily unavailable", "A part of the platform is starting or restarting. Retry in a few seconds."),
        };

    public static string Of(string code) => Prefix + code;

    /// <summary>The type for a bare status code, when nothing more specific was set.</summary>
    public static string? ForStatus(int status) => status switch
    {
        400 => Of("malformed-request"),
        401 => Of("unauthenticated"),
        403 => Of("forbidden"),
        404 => Of("not-found"),
        405 => Of("method-not-allowed"),
        413 => Of("payload-too-large"),
        415 => Of("unsupported-media-type"),
        422 => Of("invalid-slot"),
        429 => Of("too-many-requests"),
        500 => Of("internal"),
        503 => Of("unavailable"),
        _ => null,
    };
}
