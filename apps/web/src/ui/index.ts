/** Presentational building blocks. They import no feature and carry no text of their own. */
export { Alert, LiveStatus, type AlertTone } from './Alert';
export { Badge } from './Badge';
export { Button, buttonClass, type ButtonProps } from './Button';
export { Card } from './Card';
export { Checkbox } from './Checkbox';
export { ConfirmAction } from './ConfirmAction';
export { Field } from './Field';
export { Loading } from './Loading';
export { PageTitle } from './PageTitle';
export { PasswordField } from './PasswordField';
export { Section } from './Section';
export { Select, type SelectOption } from './Select';
export { TextArea } from './TextArea';
export { TextField } from './TextField';
export { HighlightedText } from './HighlightedText';
export { HighlightedTextControl, type HighlightedTextControlProps } from './HighlightedTextControl';
export { highlightSegments, type Segment, type TextMark } from './highlight';
export { PrivacyFindingList, type PrivacyFindingItem, type PrivacyFindingListTexts } from './PrivacyFindingList';
