import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { GLOBAL_CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/pick";

/**
 * Sends the browser only the messages its client components use: the global ones (layout, error
 * page, form summaries) and the `namespaces` of the page. Server components translate on the
 * server and send nothing. lib/i18n/client-messages.test.ts checks every page declares what its
 * client components use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...GLOBAL_CLIENT_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
