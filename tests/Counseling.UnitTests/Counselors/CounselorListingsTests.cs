using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.UnitTests.Counselors;

public sealed class CounselorListingsTests
{
    private static readonly CounselorProfile Profile = new("Dr. Unit", "Helps.", ["anxiety"], ["en"], [SessionModality.Chat], new Money(8000, "USD"), [80, 50], "UTC");

    private static readonly Credential Verified = new("LIC-1", "CA", new DateOnly(2030, 1, 1), CredentialStatus.Verified, null, DateTimeOffset.UnixEpoch);

    private static CounselorView View(bool bookable, CounselorProfile? profile = null, Credential? credential = null) =>
        new(Guid.NewGuid(), profile, credential, Availability.Empty, bookable, []);

    [Fact]
    public void OnlyABookableCounselorWithAProfileAndACredentialIsListed()
    {
        var next = DateTimeOffset.UnixEpoch.AddDays(1);
        var listed = View(true, Profile, Verified);

        Assert.True(listed.IsListed());
        Assert.Equal(new DirectoryEntry(listed.CounselorId, Profile, "CA", new DateOnly(2030, 1, 1), next), listed.Listing(next));
        foreach (var unlisted in new[] { View(false, Profile, Verified), View(true, null, Verified), View(true, Profile, null) })
        {
            Assert.False(unlisted.IsListed());
            Assert.Null(unlisted.Listing(next));
        }
    }

    [Fact]
    public void SlotsAreShownForAnOfferedLengthTheShortestUnlessAskedAndNeverForAnUnbookableCounselor()
    {
        var view = View(true, Profile, Verified);

        Assert.Equal(50, view.SlotLength(null).Value);
        Assert.Equal(80, view.SlotLength(80).Value);
        var odd = view.SlotLength(45).Error!;
        Assert.Equal((ErrorCodes.Validation, "length", "This counselor offers 80, 50-minute sessions."), (odd.Code, odd.Field, odd.Message));
        Assert.Equal(ErrorCodes.NotFound, View(false, Profile, Verified).SlotLength(50).Error?.Code);
        Assert.Equal(ErrorCodes.NotFound, View(true).SlotLength(50).Error?.Code);
    }
}
