using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using System.ComponentModel.DataAnnotations;

namespace Counseling.Api.Contracts;

public sealed record CredentialRequest(
    [property: Required(ErrorMessage = "Enter your license number."), MaxLength(64, ErrorMessage = "Use at most 64 characters.")] string LicenseNumber,
    [property: Required(ErrorMessage = "Enter the state, province or country that issued it."), MaxLength(64, ErrorMessage = "Use at most 64 characters.")] string Jurisdiction,
    DateOnly ExpiresOn);

public sealed record VerificationDecisionRequest(bool Approve, [property: MaxLength(1000, ErrorMessage = "Keep the reason to 1,000 characters or fewer.")] string? Reason);

public sealed record PendingVerificationResponse(Guid CounselorId, string? DisplayName, Credential Credential);

public sealed record CounselorCard(
    Guid Id, string DisplayName, string Bio, string[] Specialties, string[] Languages, SessionModality[] Modalities,
    Money PricePerSession, int[] SessionLengthsMinutes, string TimeZone, string Jurisdiction, DateTimeOffset? NextFreeSlot);

public sealed record SlotResponse(DateTimeOffset Start, DateTimeOffset End, string LocalStart, string Label);

public sealed record SlotsResponse(Guid CounselorId, string TimeZone, int SessionMinutes, SlotResponse[] Slots);

public sealed record SpecialtyResponse(string Code, string Label);
