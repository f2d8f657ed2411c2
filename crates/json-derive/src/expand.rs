//! The `FromJson` impl a declaration asks for: a struct reads an object's fields by name, an
//! enum of unit variants reads a name, any other enum reads `{"variant": {…}}`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, FieldsNamed, Ident, Type};

use crate::serde_attrs::{self, Container};

/// The `impl FromJson` for `input`, or why it cannot be derived.
pub fn from_json(input: &DeriveInput) -> syn::Result<TokenStream> {
    let container = serde_attrs::container(&input.attrs)?;
    let name = &input.ident;
    // A struct also reads from an object's fields alone (`FromFields`): a newtype variant's
    // value (`{"table": {…}}`) comes that way.
    let mut extra = TokenStream::new();
    let body = match (&container.try_from, &input.data) {
        (Some(source), _) => quote! {
            <Self as ::core::convert::TryFrom<#source>>::try_from(
                <#source as ::health_content::json::FromJson>::from_json(json)?,
            )
            .map_err(::health_content::json::ShapeError::new)
        },
        (None, Data::Struct(data)) => match &data.fields {
            Fields::Named(named) => {
                let fields = named_fields(name, named)?;
                extra = quote! {
                    impl ::health_content::json::FromFields for #name {
                        fn from_fields(
                            mut fields: ::health_content::json::Fields,
                        ) -> ::core::result::Result<Self, ::health_content::json::ShapeError> {
                            ::core::result::Result::Ok(#fields)
                        }
                    }
                };
                quote! {
                    let mut fields = ::health_content::json::Fields::of(json)?;
                    ::core::result::Result::Ok(#fields)
                }
            }
            other => return Err(syn::Error::new(other.span(), "FromJson reads structs with named fields only")),
        },
        (None, Data::Enum(data)) => enum_body(name, &container, data)?,
        (None, Data::Union(data)) => {
            return Err(syn::Error::new(data.union_token.span, "FromJson cannot read a union"));
        }
    };
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new(input.generics.span(), "FromJson reads types without generic parameters only"));
    }
    Ok(quote! {
        impl ::health_content::json::FromJson for #name {
            fn from_json(
                json: ::health_content::json::Json,
            ) -> ::core::result::Result<Self, ::health_content::json::ShapeError> {
                #body
            }
        }
        #extra
    })
}

/// `Path { field: fields.take("field")?, … }`, each field read as its attributes and type say,
/// from a `Fields` in scope as `fields`.
fn named_fields(path: impl quote::ToTokens, named: &FieldsNamed) -> syn::Result<TokenStream> {
    let mut reads = Vec::new();
    for field in &named.named {
        let member = serde_attrs::member(&field.attrs)?;
        let ident = field.ident.as_ref().expect("named fields have names");
        let key = member.rename.unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_string());
        let read = if member.skip {
            quote! { ::core::default::Default::default() }
        } else if is_option(&field.ty) {
            // serde reads an absent `Option` as `None` even without `default`.
            quote! { fields.optional(#key)? }
        } else if member.default {
            quote! { fields.or_default(#key)? }
        } else {
            quote! { fields.take(#key)? }
        };
        reads.push(quote! { #ident: #read });
    }
    Ok(quote! { #path { #(#reads),* } })
}

/// An enum's reader: by name when every variant is a unit, externally tagged otherwise.
fn enum_body(name: &Ident, container: &Container, data: &syn::DataEnum) -> syn::Result<TokenStream> {
    let mut keys = Vec::new();
    for variant in &data.variants {
        let member = serde_attrs::member(&variant.attrs)?;
        let written = variant.ident.to_string();
        let snake = if container.snake_case { serde_attrs::snake_case(&written) } else { written };
        keys.push(member.rename.unwrap_or(snake));
    }
    if data.variants.iter().all(|variant| matches!(variant.fields, Fields::Unit)) {
        let variants = data.variants.iter().map(|variant| &variant.ident);
        return Ok(quote! {
            ::health_content::json::named(json, &[#((#keys, #name::#variants)),*])
        });
    }
    let mut arms = Vec::new();
    for (variant, key) in data.variants.iter().zip(&keys) {
        let ident = &variant.ident;
        let read = match &variant.fields {
            Fields::Named(named) => {
                let value = named_fields(quote! { #name::#ident }, named)?;
                quote! { ::core::result::Result::Ok(#value) }
            }
            Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => quote! {
                ::health_content::json::FromFields::from_fields(fields).map(#name::#ident)
            },
            other => {
                return Err(syn::Error::new(
                    other.span(),
                    "FromJson reads a tagged enum's variants with named fields or one value only",
                ));
            }
        };
        arms.push(quote! { #key => #read, });
    }
    Ok(quote! {
        ::health_content::json::tagged(json, |kind, mut fields| match kind {
            #(#arms)*
            _ => ::core::result::Result::Err(::health_content::json::unknown_tag()),
        })
    })
}

/// Whether `ty` is written `Option<…>` (serde's own test: by the type's last name).
fn is_option(ty: &Type) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none()
        && path.path.segments.last().is_some_and(|segment| segment.ident == "Option"))
}
