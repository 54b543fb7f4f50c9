namespace Counseling.GrainInterfaces.Accounts;

/// <summary>What a user is on the platform. Operators are never self-registered.</summary>
[GenerateSerializer, Alias("Counseling.UserRole")]
public enum UserRole
{
    Client = 0,
    Counselor = 1,
    Operator = 2,
}
