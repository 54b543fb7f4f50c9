namespace Counseling.GrainInterfaces.Counselors;

[GenerateSerializer, Alias("Counseling.CredentialStatus")]
public enum CredentialStatus
{
    None = 0,
    Pending = 1,
    Verified = 2,
    Rejected = 3,
    Expired = 4,
}
