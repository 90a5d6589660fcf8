using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace Kronika.Documents;

/// <summary>The text of a file and how it was decoded.</summary>
public readonly record struct DecodedText(string Text, string Encoding, int MojibakeRepairs, int ReplacementCharacters);

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without BOM) and UTF-16 (BOM-marked, or told by its zero bytes) directly; other
/// encodings (Windows-1252, Latin-1, Cyrillic code pages...) by detection (UTF.Unknown); then repairs
/// mojibake, UTF-8 that was once decoded as Windows-1252 ("â€™" → "’", "Ã©" → "é"). Binary data and
/// bytes no encoding explains are refused with the reason.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Detected encodings below this confidence are not trusted.</summary>
    private const float MinimumConfidence = 0.5f;

    public static bool TryDecode(byte[] bytes, out DecodedText decoded, out string problem)
    {
        decoded = default;
        problem = "";
        if (bytes.Length == 0)
        {
            problem = "empty file";
            return false;
        }
        string text, encoding;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = utf16.GetString(bytes, 2, bytes.Length - 2);
            encoding = utf16.WebName;
        }
        else if (Utf16WithoutBom(bytes) is { } utf16Guess && TryStrict(utf16Guess, bytes, out text))
        {
            encoding = utf16Guess.WebName;
        }
        else
        {
            int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            if (LooksBinary(bytes.AsSpan(offset)))
            {
                problem = "binary content (not a text, HTML or JSON Lines file)";
                return false;
            }
            try
            {
                text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
                encoding = "utf-8";
            }
            catch (DecoderFallbackException e)
            {
                var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
                if (detected?.Encoding is null || detected.Confidence < MinimumConfidence || detected.Encoding is UTF8Encoding || !IsNewsEncoding(detected.EncodingName))
                {
                    problem = $"undecodable: invalid UTF-8 at byte {e.Index + offset} and no other encoding fits";
                    return false;
                }
                text = detected.Encoding.GetString(bytes);
                encoding = detected.EncodingName;
            }
        }
        var (repaired, repairs) = RepairMojibake(text);
        decoded = new DecodedText(repaired, encoding, repairs, repaired.Count(c => c == '\uFFFD'));
        return true;
    }

    /// <summary>
    /// The encoding families news text comes in. DOS and EBCDIC code pages (ibm852, ibm866...) fit almost any
    /// short run of bytes, so a guess of one of them means that nothing fits.
    /// </summary>
    private static bool IsNewsEncoding(string name) =>
        name.StartsWith("windows-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("iso-8859-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("koi8", StringComparison.OrdinalIgnoreCase) || name.StartsWith("gb", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("euc-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase)
        || name.Equals("big5", StringComparison.OrdinalIgnoreCase) || name.Equals("shift_jis", StringComparison.OrdinalIgnoreCase)
        || name.Equals("x-mac-cyrillic", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs of characters that UTF-8 bytes become when read as Windows-1252: "Ã©", "â€™", "Ã¼".</summary>
    [GeneratedRegex("[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïð][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+")]
    private static partial Regex MojibakeRun();

    /// <summary>Re-decodes each suspicious run as UTF-8; a run that is not valid UTF-8 that way is left as it is.</summary>
    public static (string Text, int Repairs) RepairMojibake(string text)
    {
        int repairs = 0;
        var result = MojibakeRun().Replace(text, m =>
        {
            try
            {
                var original = StrictUtf8.GetString(Windows1252.GetBytes(m.Value));
                repairs++;
                return original;
            }
            catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException)
            {
                return m.Value;
            }
        });
        return (result, repairs);
    }

    /// <summary>
    /// UTF-16 without a byte order mark, by where its zero bytes are: text in Latin script has a zero high byte in
    /// almost every character, so in the first KB nearly half the bytes at odd offsets are zero (little-endian) or at
    /// even offsets (big-endian) and almost none at the others. Binary data has zeros at both, UTF-8 text at neither.
    /// </summary>
    private static Encoding? Utf16WithoutBom(byte[] bytes)
    {
        int pairs = Math.Min(bytes.Length, 1024) / 2;
        if (pairs < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        static bool Most(int zeros, int pairs) => zeros * 10 >= pairs * 6;
        static bool Few(int zeros, int pairs) => zeros * 20 <= pairs;
        if (Most(oddZeros, pairs) && Few(evenZeros, pairs)) return StrictUtf16LittleEndian;
        if (Most(evenZeros, pairs) && Few(oddZeros, pairs)) return StrictUtf16BigEndian;
        return null;
    }

    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes all of the bytes, or fails: an odd length or a lone surrogate means the guess was wrong, and text with
    /// NUL or many control characters is binary data that happened to fit.
    /// </summary>
    private static bool TryStrict(Encoding encoding, byte[] bytes, out string text)
    {
        text = "";
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        int control = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4096)))
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
                control++;
        return control * 20 <= Math.Min(text.Length, 4096);
    }

    /// <summary>NUL bytes, or many control characters, in the first 8 KB mean the file is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0) return true;
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
                control++;
        return head.Length > 0 && control * 20 > head.Length;
    }
}
