using System.Globalization;
using System.Text.RegularExpressions;

namespace Counseling.Grains.Matching;

/// <summary>
/// Language tags as counselors' profiles carry them (BCP 47: "es", "pt-BR", "yue"), compared by their primary
/// language, and named in English. Two-letter languages are the ISO 639-1 list, written out; three-letter ones are
/// known when the platform's locale data names them.
/// </summary>
public static partial class Languages
{
    private const string Iso639 =
        "aa Afar|ab Abkhazian|ae Avestan|af Afrikaans|ak Akan|am Amharic|an Aragonese|ar Arabic|as Assamese|av Avaric|" +
        "ay Aymara|az Azerbaijani|ba Bashkir|be Belarusian|bg Bulgarian|bi Bislama|bm Bambara|bn Bengali|bo Tibetan|" +
        "br Breton|bs Bosnian|ca Catalan|ce Chechen|ch Chamorro|co Corsican|cr Cree|cs Czech|cu Church Slavic|cv Chuvash|" +
        "cy Welsh|da Danish|de German|dv Divehi|dz Dzongkha|ee Ewe|el Greek|en English|eo Esperanto|es Spanish|" +
        "et Estonian|eu Basque|fa Persian|ff Fula|fi Finnish|fj Fijian|fo Faroese|fr French|fy Western Frisian|ga Irish|" +
        "gd Scottish Gaelic|gl Galician|gn Guarani|gu Gujarati|gv Manx|ha Hausa|he Hebrew|hi Hindi|ho Hiri Motu|" +
        "hr Croatian|ht Haitian Creole|hu Hungarian|hy Armenian|hz Herero|ia Interlingua|id Indonesian|ie Interlingue|" +
        "ig Igbo|ii Sichuan Yi|ik Inupiaq|io Ido|is Icelandic|it Italian|iu Inuktitut|ja Japanese|jv Javanese|" +
        "ka Georgian|kg Kongo|ki Kikuyu|kj Kuanyama|kk Kazakh|kl Kalaallisut|km Khmer|kn Kannada|ko Korean|kr Kanuri|" +
        "ks Kashmiri|ku Kurdish|kv Komi|kw Cornish|ky Kyrgyz|la Latin|lb Luxembourgish|lg Ganda|li Limburgish|ln Lingala|" +
        "lo Lao|lt Lithuanian|lu Luba-Katanga|lv Latvian|mg Malagasy|mh Marshallese|mi Maori|mk Macedonian|ml Malayalam|" +
        "mn Mongolian|mr Marathi|ms Malay|mt Maltese|my Burmese|na Nauru|nb Norwegian Bokmål|nd North Ndebele|ne Nepali|" +
        "ng Ndonga|nl Dutch|nn Norwegian Nynorsk|no Norwegian|nr South Ndebele|nv Navajo|ny Chichewa|oc Occitan|" +
        "oj Ojibwe|om Oromo|or Odia|os Ossetian|pa Punjabi|pi Pali|pl Polish|ps Pashto|pt Portuguese|qu Quechua|" +
        "rm Romansh|rn Kirundi|ro Romanian|ru Russian|rw Kinyarwanda|sa Sanskrit|sc Sardinian|sd Sindhi|se Northern Sami|" +
        "sg Sango|si Sinhala|sk Slovak|sl Slovenian|sm Samoan|sn Shona|so Somali|sq Albanian|sr Serbian|ss Swati|" +
        "st Southern Sotho|su Sundanese|sv Swedish|sw Swahili|ta Tamil|te Telugu|tg Tajik|th Thai|ti Tigrinya|tk Turkmen|" +
        "tl Tagalog|tn Tswana|to Tongan|tr Turkish|ts Tsonga|tt Tatar|tw Twi|ty Tahitian|ug Uyghur|uk Ukrainian|ur Urdu|" +
        "uz Uzbek|ve Venda|vi Vietnamese|vo Volapük|wa Walloon|wo Wolof|xh Xhosa|yi Yiddish|yo Yoruba|za Zhuang|" +
        "zh Chinese|zu Zulu";

    private static readonly Dictionary<string, string> TwoLetter =
        Iso639.Split('|').ToDictionary(e => e[..2], e => e[3..], StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<Dictionary<string, string>> ThreeLetter = new(() =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Where(c => c.Name.Length == 3 && c.Name.All(char.IsAsciiLetterLower))
            .GroupBy(c => c.Name)
            .ToDictionary(g => g.Key, g => g.First().EnglishName, StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex Tag();

    /// <summary>"pt" for "pt-BR", in lower case.</summary>
    public static string Primary(string tag) => tag.Split('-')[0].ToLowerInvariant();

    /// <summary>A well-formed tag whose primary language is a known one.</summary>
    public static bool IsKnown(string? tag) => tag is { Length: <= 35 } && Tag().IsMatch(tag) && NameOrNull(Primary(tag)) is not null;

    /// <summary>Whether two tags name the same language ("pt" and "pt-BR" do).</summary>
    public static bool Same(string a, string b) => Primary(a) == Primary(b);

    /// <summary>"Spanish" for "es" or "es-MX"; the tag itself when the language is not known.</summary>
    public static string NameOf(string tag) => NameOrNull(Primary(tag)) ?? tag;

    private static string? NameOrNull(string primary) =>
        primary.Length == 2 ? TwoLetter.GetValueOrDefault(primary) : ThreeLetter.Value.GetValueOrDefault(primary);
}
