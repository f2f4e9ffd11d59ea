namespace TermLint.Rules
{
    /// <summary>Matching parentheses within a short reach: a parenthetical longer than that is not an aside any more.</summary>
    internal static class Parentheticals
    {
        /// <summary>How far a parenthetical may reach before it is not an aside any more.</summary>
        public const int MaxReach = 10;

        /// <summary>The index of the '(' that opens the parenthetical closed at <paramref name="close"/>, or -1.</summary>
        public static int Opening(Sentence s, int close)
        {
            for (int i = close - 1; i >= 0 && close - i <= MaxReach; i--)
            {
                if (s.IsPunct(i, '('))
                {
                    return i;
                }

                if (s.IsPunct(i, ')'))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>The index of the ')' that closes the parenthetical opened at <paramref name="open"/>, or -1.</summary>
        public static int Closing(Sentence s, int open)
        {
            for (int i = open + 1; s.InRange(i) && i - open <= MaxReach; i++)
            {
                if (s.IsPunct(i, ')'))
                {
                    return i;
                }

                if (s.IsPunct(i, '('))
                {
                    return -1;
                }
            }

            return -1;
        }
    }
}
