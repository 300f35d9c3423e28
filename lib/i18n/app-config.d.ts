// next-intl's types know the app's locales, so getLocale() and useLocale() return a Locale without a cast.
import type { Locale } from "./locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
