import { Heart, Lightbulb, ThumbsUp } from 'lucide-react';

/**
 * A reaction as an icon. The board stores the reaction as its emoji (stable data); the screen
 * draws an icon, because without an emoji font (Debian's Chromium) emoji show as empty boxes.
 */
export function ReactionIcon({ reaction }: { reaction: string }) {
  const props = { size: 16, 'aria-hidden': true } as const;
  if (reaction === '👍') return <ThumbsUp {...props} />;
  if (reaction === '❤️') return <Heart {...props} />;
  if (reaction === '💡') return <Lightbulb {...props} />;
  return <span aria-hidden="true">{reaction}</span>;
}
