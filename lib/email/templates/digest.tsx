import "server-only";
import { Button, Link, Section, Text } from "@react-email/components";
import { button, EmailLayout, paragraph, small } from "@/lib/email/templates/email-layout";

export type DigestItem = { kind: "mention" | "direct"; author: string; place: string; excerpt: string; url: string };

/** What someone missed: mentions of them and direct messages still unread, each linking to the message. */
export function DigestEmail({ name, items, more, settingsUrl }: { name: string; items: DigestItem[]; more: number; settingsUrl: string }) {
  const total = items.length + more;
  return (
    <EmailLayout preview={`${total} unread ${total === 1 ? "message" : "messages"} for you on Chatsphere`}>
      <Text style={paragraph}>Hi {name},</Text>
      <Text style={paragraph}>While you were away:</Text>
      {items.map((item) => (
        <Section key={item.url} style={{ margin: "0 0 12px" }}>
          <Text style={{ ...paragraph, margin: 0 }}>
            <strong>{item.author}</strong> {item.kind === "mention" ? "mentioned you in" : "wrote in"} {item.place}
          </Text>
          <Text style={{ ...small, margin: 0 }}>
            “{item.excerpt}” — <Link href={item.url}>Open</Link>
          </Text>
        </Section>
      ))}
      {more > 0 && <Text style={small}>…and {more} more.</Text>}
      <Button href={items[0]?.url ?? settingsUrl} style={button}>
        Open Chatsphere
      </Button>
      <Text style={small}>
        At most one of these an hour, about what is still unread. Change or turn it off in <Link href={settingsUrl}>your notification settings</Link>.
      </Text>
    </EmailLayout>
  );
}
